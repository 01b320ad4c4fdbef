/**
 * Finds out once, before any test file runs, whether the PostgreSQL tests can run: a
 * server named by CXKIT_POSTGRES_URL that answers. Without one they are skipped — with
 * one loud line, never silently — unless CXKIT_POSTGRES=required (as in CI, where
 * `.ci/run` starts a throwaway server), where they fail instead.
 *
 * Only CXKIT_POSTGRES_URL is read, never the PG* variables: the tests create and drop
 * schemas and databases, so they must never reach a server someone uses for real work.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway server's URL, or '' when the PostgreSQL tests are to be skipped. */
    postgresUrl: string;
    /** Why there is no server: '' when there is one. */
    postgresProblem: string;
  }
}

export const postgresRequired = () => process.env.CXKIT_POSTGRES === 'required';

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.CXKIT_POSTGRES_URL ?? '';
  let problem = '';
  if (url === '') {
    problem = 'CXKIT_POSTGRES_URL is not set';
  } else {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      problem = `the server at CXKIT_POSTGRES_URL did not answer (${(error as Error).message})`;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  if (problem !== '' && !postgresRequired()) {
    console.warn(
      `\n*** PostgreSQL tests SKIPPED: ${problem}. Run them with \`bash scripts/withPostgres.sh npm test\` (CI requires them). ***\n`,
    );
  }
  project.provide('postgresUrl', problem === '' ? url : '');
  project.provide('postgresProblem', problem);
}
