package be.lokaalcirculair.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the demo data set (clearly marked as demo) is loaded into an empty database. On
 * in the embedded default, off in the {@code postgres} profile unless asked for.
 *
 * @param enabled load the demo data on first start
 */
@ConfigurationProperties("lc.demo")
public record DemoSettings(boolean enabled) {
}
