export interface User {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  active: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
