// The public facts of this database (set up yet? a demo? the centre's name), read by sign-in, header and home.
import { useQueryProc } from '../../api/hooks';

export function useAuthStatus() {
  // They change only through first-start setup, which refetches them, so no background refetching.
  return useQueryProc('auth.status', {}, { staleTime: Number.POSITIVE_INFINITY });
}
