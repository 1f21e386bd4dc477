import type { PipelinePolicy } from '@azure/core-rest-pipeline';

/** Counts the requests that actually leave for Azure services (not token requests), for reports and benchmarks. */
export interface CallCounter {
  readonly policy: PipelinePolicy;
  count(): number;
}

export function createCallCounter(): CallCounter {
  let calls = 0;
  return {
    policy: {
      name: 'acrDoctorCallCounter',
      sendRequest(request, next) {
        calls += 1;
        return next(request);
      },
    },
    count: () => calls,
  };
}
