package org.goldenthread.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTrendChartTest {

    @Test
    void theEncoderWritesAPngThatDecodesToTheSamePixels() throws Exception {
        BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));

        assertThat(decoded.getWidth()).isEqualTo(37);
        assertThat(decoded.getHeight()).isEqualTo(11);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(decoded.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y)
                        .isEqualTo(image.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void drawsTheGraphAtItsSizeInTheSvgsColours() throws Exception {
        TrendChart chart = TrendChartLayout.of(SeriesFixtures.quarters("Waste", 20), ChartOptions.STANDARD);

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(PngTrendChart.draw(chart)));

        assertThat(png.getWidth()).isEqualTo(640);
        assertThat(png.getHeight()).isEqualTo(280);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                colours.add(png.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(colours).contains(rgb(Palette.ACTUAL), rgb(Palette.TARGET), rgb(Palette.CONCERN), 0xffffff);
    }

    private static int rgb(String hex) {
        return Color.decode(hex).getRGB() & 0xffffff;
    }
}
