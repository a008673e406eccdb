package vn.langso.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;

class JobPlanTest {

    @Test
    void triggerWithTheSameCronInVietnamIsKept() {
        assertThat(JobPlan.unchanged(trigger("0 0 2 * * ?", JobPlan.ZONE), "0 0 2 * * ?"))
                .isTrue();
    }

    @Test
    void triggerWhoseCronOrZoneChangedIsReplaced() {
        assertThat(JobPlan.unchanged(trigger("0 0 2 * * ?", JobPlan.ZONE), "0 30 3 * * ?"))
                .isFalse();
        assertThat(JobPlan.unchanged(trigger("0 0 2 * * ?", TimeZone.getTimeZone("UTC")), "0 0 2 * * ?"))
                .isFalse();
        assertThat(JobPlan.unchanged(null, "0 0 2 * * ?")).isFalse();
    }

    @Test
    void invalidCronNamesTheJob() {
        assertThatThrownBy(() -> JobPlan.cron("certificate-expiry", "every night"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certificate-expiry");
    }

    @Test
    void schedulesRunInVietnamTime() {
        assertThat(JobPlan.ZONE.getID()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    /** A stored trigger as Quartz hands it back; building a real one needs the server's logging. */
    private static CronTrigger trigger(String cron, TimeZone zone) {
        return (CronTrigger) Proxy.newProxyInstance(
                CronTrigger.class.getClassLoader(), new Class<?>[] {CronTrigger.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getCronExpression" -> cron;
                        case "getTimeZone" -> zone;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
