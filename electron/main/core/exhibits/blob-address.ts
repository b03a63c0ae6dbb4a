/** Where a blob lives and what opens it (the vault supplies the key; see blob-format.ts). */
export interface BlobAddress {
  readonly dir: string;
  readonly name: string;
  readonly vaultId: string;
  readonly vaultBlobKey: Buffer;
}
