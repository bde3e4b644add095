// The part of autocannon 9's programmatic API that scripts/bench-api.ts uses (it ships no types).
declare module "autocannon" {
  type Options = {
    url: string;
    method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    connections?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    body?: string;
  };
  type Result = {
    requests: { average: number };
    latency: { p50: number; p99: number; average: number };
    non2xx: number;
    errors: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
