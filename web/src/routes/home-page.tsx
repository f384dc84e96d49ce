import { Navigate } from 'react-router';
import { NAV } from '@/app/nav';
import { useCan } from '@/features/auth/use-can';

/** "/" opens the first page in the navbar the user may see. */
export function HomePage() {
  const can = useCan();
  const first = NAV.find((e) => can(e.permission));
  return <Navigate to={first?.path ?? '/account'} replace />;
}
