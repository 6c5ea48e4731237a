/** The unread notifications of the centre (alerts and deal notices), shown in the header; refreshed on navigation and after marking read. */
import { ref } from 'vue';
import { listNotificationCentre } from '@/api/market';

export const unreadCount = ref(0);

export async function refreshUnread(): Promise<void> {
  try {
    unreadCount.value = (await listNotificationCentre({ limit: 1 })).unreadCount;
  } catch {
    // The header keeps its last figure; the page itself reports errors.
  }
}
