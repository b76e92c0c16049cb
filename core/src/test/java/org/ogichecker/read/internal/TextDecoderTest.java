package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    @ParameterizedTest
    @CsvSource({"001_c5511601f1a9faaf.txt, GB18030", "001_c5511601f1a9faaf.txt, Big5",
        "003_787e7c90b6bc98b9.txt, GB18030", "003_787e7c90b6bc98b9.txt, GBK", "000_734aa9b994c11ae9.txt, GB18030"})
    void aSeedEncodedInAChineseCharsetDecodesToTheSameTextAsTheUtf8File(String seed, String charset)
            throws Exception {
        String utf8 = Files.readString(Path.of("../examples/samples/" + seed), StandardCharsets.UTF_8);

        TextDecoder.Decoded d = TextDecoder.decode(utf8.getBytes(Charset.forName(charset)));

        assertThat(d.problem()).isNull();
        assertThat(d.text()).isEqualTo(utf8);
    }

    @ParameterizedTest
    @CsvSource({"001_c5511601f1a9faaf.txt", "002_e0580ee3f0323bb9.txt"})
    void utf8WithOrWithoutAByteOrderMarkIsDecodedAsUtf8(String seed) throws Exception {
        byte[] plain = Files.readAllBytes(Path.of("../examples/samples/" + seed));
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xef;
        bom[1] = (byte) 0xbb;
        bom[2] = (byte) 0xbf;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        assertThat(TextDecoder.decode(plain).text()).isEqualTo(new String(plain, StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(bom).text()).isEqualTo(new String(plain, StandardCharsets.UTF_8));
    }
}
