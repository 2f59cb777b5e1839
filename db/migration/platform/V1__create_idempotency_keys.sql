-- Idempotency keys of create requests (API.md, Conventions): one row per account and key, written
-- in the same transaction as the records the request created, with the response to replay.
CREATE TABLE idempotency_key (
    account           text        NOT NULL,
    key               text        NOT NULL,
    request_hash      text        NOT NULL,
    response_status   integer     NOT NULL,
    response_body     text,
    response_location text,
    response_etag     text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account, key)
);

-- The daily expiry deletes by age.
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
