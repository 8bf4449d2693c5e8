/** A fact recorded by an aggregate. The application wraps it in an envelope (id, time, correlation). */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}
