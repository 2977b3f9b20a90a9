declare module 'pizzip' {
  /** The zip reader/writer docxtemplater works on (no types published). */
  export default class PizZip {
    constructor(data?: Buffer | Uint8Array | ArrayBuffer | string, options?: Record<string, unknown>);
    file(name: string): { asText(): string; asNodeBuffer(): Buffer; dir: boolean } | null;
    files: Record<string, { name: string; dir: boolean; asNodeBuffer(): Buffer }>;
    generate(options: { type: 'nodebuffer'; compression?: 'DEFLATE' | 'STORE' }): Buffer;
  }
}
