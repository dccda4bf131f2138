package app.tempo.platform.outbox;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.concurrent.RejectedExecutionException;

/** A managed executor that runs each task at once on the caller's thread, or refuses the next few tasks. */
final class InlineExecutor {

    int rejectNext;
    int executeCalls;

    ManagedExecutorService service() {
        return (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("execute")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    executeCalls++;
                    if (rejectNext > 0) {
                        rejectNext--;
                        throw new RejectedExecutionException("executor shutting down");
                    }
                    ((Runnable) args[0]).run();
                    return null;
                });
    }
}
