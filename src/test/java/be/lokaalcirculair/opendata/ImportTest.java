package be.lokaalcirculair.opendata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

import be.lokaalcirculair.support.PlatformTest;

/**
 * The whole application like {@link PlatformTest}, in an application context of its own
 * (one for all import tests), so that the thousands of fiches the import tests publish do
 * not change what the other tests search.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformTest
@TestPropertySource(properties = "lc.import.context=import-tests")
@interface ImportTest {

}
