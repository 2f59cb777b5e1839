-- Issue 16: the language an account holder chose for the web UI (zh-CN, ug-CN or en); NULL until
-- they choose, when the browser's Accept-Language decides.
ALTER TABLE account
    ADD COLUMN language text CHECK (language IN ('zh-CN', 'ug-CN', 'en'));
