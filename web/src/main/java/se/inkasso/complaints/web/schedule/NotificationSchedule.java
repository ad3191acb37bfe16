package se.inkasso.complaints.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.notification.boundary.Dispatcher;
import se.inkasso.complaints.notification.boundary.PrintExport;

/**
 * The outbox's timers on each instance: a dispatch run every few seconds (retries, and whatever a
 * stopped instance left), and the daily print batch. Both are safe when instances overlap.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSchedule {

    private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());
    private static final String DISPATCH = "dispatch";
    private static final String PRINT = "print";

    @Resource
    TimerService timers;

    @Inject
    Dispatcher dispatcher;

    @Inject
    PrintExport print;

    @Inject
    @ConfigProperty(name = "complaints.notification.dispatch-interval-seconds", defaultValue = "30")
    long dispatchSeconds;

    /** Time of day (Europe/Stockholm) of the print batch, HH:MM. */
    @Inject
    @ConfigProperty(name = "complaints.print.time", defaultValue = "16:00")
    String printTime;

    /** Where the print house collects its files; without it, batches are fetched over the API. */
    @Inject
    @ConfigProperty(name = "complaints.print.directory")
    Optional<String> printFolder;

    @PostConstruct
    void start() {
        long interval = Math.max(1, dispatchSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(DISPATCH, false));
        String[] time = printTime.strip().split(":");
        timers.createCalendarTimer(new ScheduleExpression().hour(time[0]).minute(time[1])
                .timezone(BusinessCalendar.ZONE.getId()), new TimerConfig(PRINT, false));
    }

    @Timeout
    void run(Timer timer) {
        if (DISPATCH.equals(timer.getInfo())) {
            dispatcher.wake();
        } else {
            printBatch();
        }
    }

    private void printBatch() {
        try {
            print.create("system").ifPresent(batch -> {
                LOG.info(() -> "Print batch " + batch.id() + " holds " + batch.letters() + " letters");
                printFolder.map(Path::of).ifPresent(folder -> print.exportTo(batch.id(), folder));
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The print batch could not be made; its letters wait for the next one", e);
        }
    }
}
