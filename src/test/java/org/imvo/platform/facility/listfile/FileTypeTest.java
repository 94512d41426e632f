package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written UTF-8 check agrees with the JDK's decoder, also across chunk boundaries. */
class FileTypeTest {

	@TempDir
	Path dir;

	@Test
	void shouldJudgeUtf8ValidityExactlyAsTheJdkDecoderDoes() {
		Random random = new Random(3);
		String[] pieces = { "a", "Ç", "–", "中", "😀", "\u0000", "z" };
		for (int round = 0; round < 5_000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(20); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			if (random.nextBoolean() && bytes.length > 0) {
				// damage it: a random byte, a cut sequence or a surrogate/overlong form
				switch (random.nextInt(4)) {
					case 0 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
					case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
					case 2 -> bytes = concat(bytes, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
					default -> bytes = concat(bytes, new byte[] { (byte) 0xC0, (byte) 0xAF });
				}
			}
			boolean jdk = jdkAccepts(bytes);
			assertThat(FileType.validUtf8Prefix(bytes, bytes.length, true) == bytes.length)
				.as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
				.isEqualTo(jdk);
		}
	}

	@Test
	void shouldAcceptACharacterThatStraddlesTwoChunksOfTheFile() throws Exception {
		byte[] prefix = "a".repeat(64 * 1024 - 1).getBytes(StandardCharsets.US_ASCII);
		Path valid = Files.write(dir.resolve("valid.csv"), concat(prefix, "😀 Ç\n".getBytes(StandardCharsets.UTF_8)));
		Path cut = Files.write(dir.resolve("cut.csv"), concat(prefix, new byte[] { (byte) 0xF0, (byte) 0x9F }));
		Path latin = Files.write(dir.resolve("latin.csv"), concat(prefix, "Ç\n".getBytes(FileType.WINDOWS_1252)));

		assertThat(FileType.isUtf8(valid)).isTrue();
		assertThat(FileType.isUtf8(cut)).isFalse();
		assertThat(FileType.isUtf8(latin)).isFalse();
	}

	private static boolean jdkAccepts(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

}
