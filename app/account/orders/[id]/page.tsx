import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { AccountFrame } from '@/components/account/account-frame';
import { formatDate, formatMoney } from '@/components/account/format';
import { requireCustomer } from '@/lib/auth/customer';
import { getCustomerCrm } from '@/lib/crm';

export const metadata: Metadata = {
  title: 'Your order',
  robots: { index: false, follow: false },
};

interface OrderPageProps {
  params: Promise<{ id: string }>;
}

/** Record ids are short and alphanumeric; anything else is no order at all. */
const ORDER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * One order with its lines. Someone else's order and an id that does not exist answer the
 * same 404: the CRM query is bound to the signed-in customer's account.
 */
export default async function OrderPage({ params }: OrderPageProps) {
  const { id } = await params;
  const customer = await requireCustomer(`/account/orders/${encodeURIComponent(id)}/`);
  if (!ORDER_ID.test(id)) notFound();
  const order = await getCustomerCrm().getOrder(customer, id);
  if (!order) notFound();

  return (
    <AccountFrame
      uri="/account/orders/"
      title={`Order ${order.orderNumber}`}
      email={customer.email}
    >
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-medium">Date</dt>
        <dd>{formatDate(order.effectiveDate)}</dd>
        <dt className="font-medium">Status</dt>
        <dd>{order.status}</dd>
        <dt className="font-medium">Total</dt>
        <dd>{formatMoney(order.totalAmount, order.currency)}</dd>
      </dl>
      <table className="w-full text-left">
        <caption className="sr-only">The order&apos;s lines</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2">
              Product
            </th>
            <th scope="col" className="text-right">
              Quantity
            </th>
            <th scope="col" className="text-right">
              Unit price
            </th>
            <th scope="col" className="text-right">
              Line total
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id} className="border-b border-slate-200">
              <td className="py-2">{line.productName}</td>
              <td className="text-right">{line.quantity}</td>
              <td className="text-right">{formatMoney(line.unitPrice, order.currency)}</td>
              <td className="text-right">{formatMoney(line.totalPrice, order.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-6">
        <Link href="/account/" className="underline">
          Back to your orders
        </Link>
      </p>
    </AccountFrame>
  );
}
