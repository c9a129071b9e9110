// Live updates over graphql-transport-ws: newly recorded events for the timeline, and exposure alerts for the
// organisations a person switched them on for. The key travels in connection_init, as the server expects.
import { createClient } from 'graphql-ws';
import { webSocketUrl } from './api.js';

const threatFields = 'key title occurredOn datePrecision category severity jurisdiction { key code name }';

export class Live {
  constructor(apiKey, handlers) {
    this.apiKey = apiKey;
    this.handlers = handlers;
    this.watches = new Map();
    this.withPolarity = true;
  }

  start() {
    this.client = createClient({
      url: webSocketUrl(),
      connectionParams: () => (this.apiKey ? { 'x-api-key': this.apiKey } : {}),
      lazy: false,
      retryAttempts: 8,
      shouldRetry: () => true,
      on: {
        connected: () => this.handlers.onStatus?.(true),
        closed: () => this.handlers.onStatus?.(false),
      },
    });
    this.subscribeThreats();
  }

  subscribeThreats() {
    const polarity = this.withPolarity ? 'polarity' : '';
    this.client.subscribe(
      { query: `subscription { threatRecorded { threatKey threat { ${threatFields} ${polarity} } } }` },
      {
        next: ({ data, errors }) => {
          if (errors?.length) return this.failed(errors[0]);
          if (data?.threatRecorded?.threat) this.handlers.onThreat?.(data.threatRecorded.threat);
        },
        error: (error) => this.failed(error),
        complete: () => {},
      },
    );
  }

  failed(error) {
    const message = Array.isArray(error) ? error[0]?.message : error?.message;
    // A server from before event polarity: subscribe again without it.
    if (this.withPolarity && /Cannot query field/i.test(message ?? '')) {
      this.withPolarity = false;
      this.subscribeThreats();
      return;
    }
    if (message) this.handlers.onError?.(new Error(message));
  }

  watch(organisationKey) {
    if (this.watches.has(organisationKey)) return;
    const stop = this.client.subscribe(
      {
        query: `subscription Alert($key: String!) { exposureAlert(organisationKey: $key) {
          organisationKey threatKey score hops organisation { name } threat { title } } }`,
        variables: { key: organisationKey },
      },
      {
        next: ({ data, errors }) => {
          if (errors?.length) return this.handlers.onError?.(new Error(errors[0].message));
          if (data?.exposureAlert) this.handlers.onAlert?.(data.exposureAlert);
        },
        error: (error) => this.failed(error),
        complete: () => this.watches.delete(organisationKey),
      },
    );
    this.watches.set(organisationKey, stop);
  }

  unwatch(organisationKey) {
    this.watches.get(organisationKey)?.();
    this.watches.delete(organisationKey);
  }
}
