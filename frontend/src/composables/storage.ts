/**
 * localStorage that never throws: private browsing, disabled storage or a full quota
 * must not break the portal, the setting is then simply not remembered.
 */
export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

export function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, value)
  } catch {
    // not remembered; nothing else to do
  }
}
