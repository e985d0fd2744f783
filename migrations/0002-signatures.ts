// Digital signatures (ЭЦП): the signed documents' exact bytes, each verified CMS with its signer, and ЭЦП sign-in challenges.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table signed_documents (
      id uuid primary key default gen_random_uuid(),
      subject_type text not null check (subject_type ~ '^[a-z][a-z_]{0,39}$'),
      subject_id text not null,
      kind text not null check (kind ~ '^[a-z][a-z_]{0,39}$'),
      content bytea not null,
      content_sha256 char(64) not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
      media_type text not null check (media_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
      created_by uuid references users (id),
      created_at timestamptz not null
    );
    create index signed_documents_subject_idx on signed_documents (subject_type, subject_id, created_at);

    create table signatures (
      id uuid primary key default gen_random_uuid(),
      -- the order signatures were received: signature-1.p7s, signature-2.p7s … in the evidence package
      seq bigint generated always as identity unique,
      document_id uuid not null references signed_documents (id),
      submitted_by uuid references users (id),
      cms bytea not null,
      signer_name text not null,
      signer_iin char(12) not null check (signer_iin ~ '^[0-9]{12}$'),
      signer_bin char(12) check (signer_bin ~ '^[0-9]{12}$'),
      signer_roles jsonb not null default '[]',
      certificate bytea,
      certificate_serial text not null,
      certificate_issuer text not null,
      certificate_subject text not null,
      digest_algorithm text not null,
      signing_time timestamptz not null,
      verified_at timestamptz not null,
      verified_by text not null check (verified_by in ('built-in', 'ncanode')),
      trust_store_kind text not null check (trust_store_kind in ('test', 'production'))
    );
    create index signatures_document_idx on signatures (document_id, seq);
    create index signatures_signer_iin_idx on signatures (signer_iin);
    create index signatures_signer_bin_idx on signatures (signer_bin) where signer_bin is not null;

    -- Evidence is append-only: the database itself refuses to change or remove a signed document or a signature.
    create function signature_evidence_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$;
    create trigger signed_documents_no_update before update or delete on signed_documents
      for each row execute function signature_evidence_is_append_only();
    create trigger signatures_no_update before update or delete on signatures
      for each row execute function signature_evidence_is_append_only();

    -- One-time nonces for sign-in by ЭЦП: consumed by a compare-and-set on used_at.
    create table ecp_login_challenges (
      id uuid primary key default gen_random_uuid(),
      nonce bytea not null check (length(nonce) = 32),
      created_at timestamptz not null,
      expires_at timestamptz not null check (expires_at > created_at),
      used_at timestamptz
    );
    create index ecp_login_challenges_expiry_idx on ecp_login_challenges (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table ecp_login_challenges;
    drop trigger signatures_no_update on signatures; drop trigger signed_documents_no_update on signed_documents;
    drop table signatures; drop table signed_documents; drop function signature_evidence_is_append_only;
  `.execute(db);
}
