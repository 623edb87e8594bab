import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP proxy for Firefox, which has no host-resolver switch: it tunnels HTTPS to InfoMentor's
 * host names (port 443) to the fixture server and refuses everything else. Refused requests are kept,
 * so a test can show that nothing tried to leave for another host.
 */
export interface ConnectProxy {
  port: number;
  /** host:port of every tunnel opened to the fixture server. */
  tunnelled: string[];
  /** Every request refused: CONNECT to another host or port, or plain HTTP. */
  refused: string[];
  close(): Promise<void>;
}

const INFOMENTOR_HOST = /^([a-z0-9-]+\.)*infomentor\.se$/i;

export async function startConnectProxy(fixturePort: number): Promise<ConnectProxy> {
  const tunnelled: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    refused.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, client: Socket) => {
    const target = request.url ?? '';
    const [host = '', port = ''] = target.split(':');
    if (!INFOMENTOR_HOST.test(host) || port !== '443') {
      refused.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnelled.push(target);
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    tunnelled,
    refused,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
