import { createContext, type ReactNode, useContext } from 'react';

const NonceContext = createContext<string | undefined>(undefined);

/**
 * The CSP nonce of the page being rendered (web/server/security-headers.ts makes one per response): Remix's inline
 * scripts carry it, so the CSP needs no `unsafe-inline`. In the browser there is none to give (browsers hide it).
 */
export function NonceProvider({ nonce, children }: { nonce: string | undefined; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
