/**
 * Masking of personal data in lists and documents (SECURITY.md "Data"; 个人信息保护法 第五十一条).
 */

/** `430482199001011234` → `4304**********1234`. */
export function maskIdNo(idNo: string): string {
  if (idNo.length <= 8) {
    return '*'.repeat(idNo.length);
  }
  return `${idNo.slice(0, 4)}${'*'.repeat(idNo.length - 8)}${idNo.slice(-4)}`;
}

/** `13812345678` → `138****5678`; a landline keeps its area code and last 4 digits. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) {
    return '*'.repeat(phone.length);
  }
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
