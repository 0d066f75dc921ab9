package be.lokaalcirculair.practice;

import be.lokaalcirculair.support.PlatformTest;

@PlatformTest
class H2PracticePersistenceTests extends PracticePersistenceTests {

}
