package be.lokaalcirculair.network;

import be.lokaalcirculair.support.PlatformTest;

@PlatformTest
class H2RegistrationConcurrencyTests extends RegistrationConcurrencyTests {

}
