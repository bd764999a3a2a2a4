import { getSignedInCustomer } from '@/lib/auth/customer';
import { exportCustomerData } from '@/lib/auth/data-export';
import { getLogger } from '@/lib/log';

const PRIVATE = { 'cache-control': 'private, no-store' };

/** The customer's data export as a JSON download; without a session, the way to sign in. */
export async function GET() {
  const customer = await getSignedInCustomer();
  if (!customer) {
    return new Response(null, {
      status: 303,
      headers: { ...PRIVATE, location: '/account/login/?callbackUrl=%2Faccount%2Fdata%2F' },
    });
  }
  try {
    const data = await exportCustomerData(customer);
    getLogger().info({ orders: data.crm.orders.length }, 'account.data_exported');
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      headers: {
        ...PRIVATE,
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': 'attachment; filename="my-data.json"',
      },
    });
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'account.data_export_failed');
    return new Response('Your data could not be read just now. Please try again in a minute.\n', {
      status: 503,
      headers: { ...PRIVATE, 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60' },
    });
  }
}
