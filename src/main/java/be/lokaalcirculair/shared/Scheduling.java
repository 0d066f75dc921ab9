package be.lokaalcirculair.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work (mail delivery, retention jobs) runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {

}
