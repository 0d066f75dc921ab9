package be.lokaalcirculair.network;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

import be.lokaalcirculair.support.RequiresPostgres;

@RequiresPostgres
@SpringBootTest
@ActiveProfiles({ "postgres", "test-postgres" })
class PostgresRegistrationConcurrencyTests extends RegistrationConcurrencyTests {

	@TestConfiguration
	static class CleanSchema {

		/** Every run starts from an empty schema, migrated as on a new server. */
		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return (flyway) -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

}
