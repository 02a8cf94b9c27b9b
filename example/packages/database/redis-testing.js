// What tests mock RedisClient with: the same methods over an in-memory map, no server needed.
export class InMemoryRedisClient {
  #values = new Map();

  get isOpen() {
    return true;
  }

  async connect() {}

  async get(key) {
    return this.#values.get(key) ?? null;
  }

  async set(key, value) {
    this.#values.set(key, value);
    return 'OK';
  }

  async del(key) {
    return this.#values.delete(key) ? 1 : 0;
  }

  async quit() {}
}

export const createTestRedisClient = () => new InMemoryRedisClient();
