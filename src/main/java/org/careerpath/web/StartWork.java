package org.careerpath.web;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Work a start may find to do (loading the shipped survey into a new database, bringing the search index up
 * to date): with {@code careerpath.start.background} (the default) it runs once the portal accepts traffic, on a
 * thread of its own, so that a start is ready at once and its work does not compete with the start for the
 * processor; otherwise it runs before, as the tests want it.
 */
@Component
public class StartWork {

    private static final Logger log = LoggerFactory.getLogger(StartWork.class);

    /** Work that may fail. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private final boolean background;

    /** Opened when the portal first accepts traffic; background work waits for it. */
    private final CountDownLatch ready = new CountDownLatch(1);

    StartWork(@Value("${careerpath.start.background:true}") boolean background) {
        this.background = background;
    }

    /**
     * Runs {@code task}, named for its thread and the log: in the background, where a failure is logged and left
     * for the next start or change to retry; or at once, where a failure stops the start.
     */
    public void run(String name, Task task) {
        if (!background) {
            try {
                task.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Start work \"" + name + "\" failed", e);
            }
            return;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        ready.await();
                        task.run();
                    } catch (Exception e) {
                        log.warn("Start work \"{}\" failed; the next start or change retries it", name, e);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready.countDown();
        }
    }
}
