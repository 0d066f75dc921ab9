package be.lokaalcirculair.practice;

/** A small PNG for tests in other packages. */
public final class PracticeImageUploadTestsSupport {

	private PracticeImageUploadTestsSupport() {
	}

	public static byte[] png() throws Exception {
		return PracticeImageUploadTests.pngWithText("Software", "test");
	}

}
