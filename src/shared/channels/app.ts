import { channel, NoInput } from '../channel';
import type { StoreStatus } from '../store-status';

export const appChannels = {
  /** Whether the store opened, and where it lives; the page shows the problem screen if not. */
  'app.status': channel<StoreStatus>()(NoInput),
};
