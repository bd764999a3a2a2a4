import type { Metadata } from 'next';
import Link from 'next/link';

import { AccountFrame } from '@/components/account/account-frame';
import { formatDate, formatMoney } from '@/components/account/format';
import { requireCustomer } from '@/lib/auth/customer';
import { getCustomerCrm } from '@/lib/crm';
import { MAX_ORDER_OFFSET } from '@/lib/crm/customer-input';

export const metadata: Metadata = {
  title: 'Your orders',
  robots: { index: false, follow: false },
};

/** Orders per page. */
const PAGE_SIZE = 10;

interface OrdersPageProps {
  searchParams: Promise<{ page?: string | string[] }>;
}

/** A page number from the query: a positive integer, anything else is the first page. */
function readPage(value: string | string[] | undefined): number {
  const page = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}

/** The signed-in customer's orders, newest first, a page at a time. */
export default async function OrdersPage({ searchParams }: OrdersPageProps) {
  const page = readPage((await searchParams).page);
  const customer = await requireCustomer(page > 1 ? `/account/?page=${page}` : '/account/');
  const offset = (page - 1) * PAGE_SIZE;
  // Salesforce pages no further than OFFSET 2000: a page beyond it has no orders to show.
  const { orders, total } =
    offset <= MAX_ORDER_OFFSET
      ? await getCustomerCrm().listOrders(customer, { offset, limit: PAGE_SIZE })
      : {
          orders: [],
          total: (await getCustomerCrm().listOrders(customer, { offset: 0, limit: 1 })).total,
        };
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <AccountFrame uri="/account/" title="Your orders" email={customer.email}>
      {orders.length === 0 ? (
        <p>
          {total === 0 ? 'You have no orders yet.' : 'There are no orders on this page.'}{' '}
          {page > 1 ? (
            <Link href="/account/" className="underline">
              Go to your latest orders
            </Link>
          ) : null}
        </p>
      ) : (
        <table className="w-full text-left">
          <caption className="sr-only">
            Your orders, newest first, page {page} of {pageCount}
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">
                Order
              </th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col" className="text-right">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} className="border-b border-slate-200">
                <td className="py-2">
                  <Link
                    href={`/account/orders/${encodeURIComponent(order.id)}/`}
                    className="underline"
                  >
                    {order.orderNumber}
                  </Link>
                </td>
                <td>{formatDate(order.effectiveDate)}</td>
                <td>{order.status}</td>
                <td className="text-right">{formatMoney(order.totalAmount, order.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Order pages" className="mt-6 flex gap-4">
          {page > 1 ? (
            <Link
              href={page === 2 ? '/account/' : `/account/?page=${page - 1}`}
              rel="prev"
              className="underline"
            >
              Newer orders
            </Link>
          ) : null}
          <span>
            Page {Math.min(page, pageCount)} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={`/account/?page=${page + 1}`} rel="next" className="underline">
              Older orders
            </Link>
          ) : null}
        </nav>
      ) : null}
    </AccountFrame>
  );
}
