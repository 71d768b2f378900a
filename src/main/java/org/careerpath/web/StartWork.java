package org.careerpath.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Work a start may find to do (loading the shipped survey into a new database, bringing the search index up
 * to date): with {@code careerpath.start.background} (the default) it runs after the portal is ready, on a
 * thread of its own, so that a first start is ready at once; otherwise it runs before, as the tests want it.
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
                        task.run();
                    } catch (Exception e) {
                        log.warn("Start work \"{}\" failed; the next start or change retries it", name, e);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }
}
