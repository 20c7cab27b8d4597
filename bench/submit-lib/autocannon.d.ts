// autocannon 9 ships no type declarations; only the parts bench/submit.ts uses.
declare module "autocannon" {
  export interface Histogram { average: number; p50: number; p99: number; max: number; total: number }
  export interface RequestSpec {
    method?: string; path?: string; headers?: Record<string, string>; body?: string;
    setupRequest?: (req: RequestSpec, context: Record<string, unknown>) => RequestSpec;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
  export interface Options {
    url: string; connections?: number; duration?: number; method?: string;
    headers?: Record<string, string>; requests?: RequestSpec[];
  }
  export interface Result {
    requests: Histogram & { sent: number }; latency: Histogram; throughput: Histogram;
    errors: number; timeouts: number; non2xx: number; duration: number;
    "2xx": number; "4xx": number; "5xx": number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
