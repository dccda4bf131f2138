package it.tempo.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A TCP link the test controls, between servers and a port they would otherwise reach directly (the broker's):
 * healthy, silent (nothing passes either way while every connection stays open, as when a network drops packets
 * without resets) or degraded (each chunk delayed, and a share of them delayed again as a lost TCP segment is by its
 * retransmission). Loopback cannot lose packets without network namespaces; this is the fault as the endpoints see it.
 */
public final class FaultyLink implements AutoCloseable {

    private static final int RETRANSMISSION_MILLIS = 400;

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean silent;
    private volatile int delayMillis;
    private volatile int jitterMillis;
    private volatile int lossPercent;

    public FaultyLink(int target) {
        this.target = target;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("faulty-link-accept", this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    public void silence() {
        silent = true;
    }

    public void degrade(int delay, int jitter, int loss) {
        delayMillis = delay;
        jitterMillis = jitter;
        lossPercent = loss;
    }

    public synchronized void heal() {
        delayMillis = 0;
        jitterMillis = 0;
        lossPercent = 0;
        silent = false;
        notifyAll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5_000);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon("faulty-link-pump", () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    holdWhileSilent();
                    pause();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the other side closed: close this side too, as a real link would
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void holdWhileSilent() throws InterruptedException {
        while (silent) {
            wait();
        }
    }

    private void pause() throws InterruptedException {
        int delay = delayMillis;
        if (delay == 0) {
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int jitter = jitterMillis;
        long millis = delay + (jitter == 0 ? 0 : random.nextInt(-jitter, jitter + 1));
        if (random.nextInt(100) < lossPercent) {
            millis += RETRANSMISSION_MILLIS;
        }
        Thread.sleep(Math.max(0, millis));
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        heal();
        closeQuietly(listener);
        sockets.forEach(FaultyLink::closeQuietly);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
