package org.canvassaudit;

import java.time.Clock;

import org.apache.poi.util.TempFile;
import org.apache.poi.util.UserNameAwareTempFileCreationStrategy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * canvass-audit: the nightly job that turns canvassing evidence into HQ's access
 * decisions, with an audit trail, and the commands around it. The warehouse is opened by
 * the command that needs it, not as a shared data source, so one process holds one DuckDB
 * file at a time.
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
public class CanvassAuditApplication {

	public static void main(String[] args) {
		// POI's temporary files (the decisions workbook) go by default to <tmp>/poifiles,
		// one folder for every user of the machine: if another user made it first, the
		// night's export fails. A folder per user avoids that.
		TempFile.setTempFileCreationStrategy(new UserNameAwareTempFileCreationStrategy());
		System.exit(SpringApplication.exit(SpringApplication.run(CanvassAuditApplication.class, args)));
	}

	/**
	 * @return the clock for "today" where a report counts ages in days, in UTC like every
	 * recorded time
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
