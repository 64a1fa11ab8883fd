export class Registry {
  public names: Set<string> = new Set();
  public counts = new Map<string, number>();
}

export function register(registry: Registry, name: string): void {
  registry.names.add(name);
}
