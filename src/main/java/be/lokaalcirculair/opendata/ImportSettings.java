package be.lokaalcirculair.opendata;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the import of fiches.
 *
 * @param maxFileSize the largest file accepted (an upload beyond it gets 413)
 * @param maxRows the most fiches in one file
 * @param retention how long an uploaded file, its job and its report are kept
 */
@ConfigurationProperties("lc.import")
record ImportSettings(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("100000") int maxRows,
		@DefaultValue("30d") Duration retention) {

	/** The largest file in whole megabytes, for messages. */
	long maxFileSizeMegabytes() {
		return this.maxFileSize.toMegabytes();
	}

}
