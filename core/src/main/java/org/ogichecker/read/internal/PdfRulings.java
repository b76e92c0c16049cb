package org.ogichecker.read.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The horizontal and vertical rules drawn on a page (stroked lines and rectangle edges, and thin filled
 * rectangles), and the boxes of its images, in text coordinates: x from the crop box's left, y down from its top,
 * as the text reads. On a page whose text runs turned by a quarter or half turn (a landscape table on a portrait
 * page, shown upright by the page's /Rotate) that is the frame PDFBox gives the glyphs' positions in
 * ({@code TextPosition.getXDirAdj}, {@code getYDirAdj}), so the rules are turned with them.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A horizontal rule at {@code y} from {@code a} to {@code b}, or a vertical one at x = {@code at}. */
    record Seg(double at, double a, double b) {
    }

    private static final double MIN_LENGTH = 4;
    private static final double THIN = 2.5;
    /**
     * The most segments, rectangles and images kept of a page: a table has hundreds, and a content stream can draw
     * millions in a few compressed bytes. Those drawn later are not kept.
     */
    static final int MAX_PAGE_SHAPES = 20_000;

    final List<Seg> horizontal = new ArrayList<>();
    final List<Seg> vertical = new ArrayList<>();
    /** The images drawn, each as its box in text coordinates: x0, y0 (top), x1, y1 (bottom). */
    final List<double[]> images = new ArrayList<>();
    private final List<double[]> pending = new ArrayList<>(); // segments of the current path: x1 y1 x2 y2
    private final List<double[]> rects = new ArrayList<>(); // rectangles of the current path: x1 y1 x2 y2
    private final PDRectangle crop;
    /** The direction the text runs in, in degrees: 0, 90, 180 or 270. */
    private final int direction;
    private final PdfBudget budget;
    private Point2D start;
    private Point2D current;
    private int shapes;

    private PdfRulings(PDPage page, int direction, PdfBudget budget) {
        super(page);
        crop = page.getCropBox();
        this.direction = direction;
        this.budget = budget;
    }

    /**
     * The rules and images of {@code page} in the frame of text that runs in {@code direction} (0, 90, 180, 270),
     * drawn within {@code budget}'s time.
     */
    static PdfRulings of(PDPage page, int direction, PdfBudget budget) throws IOException {
        PdfRulings r = new PdfRulings(page, direction, budget);
        r.processPage(page);
        return r;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    /** True when one more shape may be kept. */
    private boolean room() {
        if (shapes == MAX_PAGE_SHAPES) {
            return false;
        }
        shapes++;
        return true;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        if (room()) {
            rects.add(new double[] {Math.min(p0.getX(), p2.getX()), Math.min(p0.getY(), p2.getY()),
                Math.max(p0.getX(), p2.getX()), Math.max(p0.getY(), p2.getY())});
        }
        current = p0;
        start = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        start = new Point2D.Float(x, y);
        current = start;
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null && room()) {
            pending.add(new double[] {current.getX(), current.getY(), x, y});
        }
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (current != null && start != null) {
            if (room()) {
                pending.add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
            }
            current = start;
        }
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() {
        for (double[] s : pending) {
            add(s[0], s[1], s[2], s[3]);
        }
        for (double[] r : rects) {
            add(r[0], r[1], r[2], r[1]);
            add(r[0], r[3], r[2], r[3]);
            add(r[0], r[1], r[0], r[3]);
            add(r[2], r[1], r[2], r[3]);
        }
        reset();
    }

    @Override
    public void fillPath(int windingRule) {
        // tables are often drawn as thin filled rectangles; a thicker fill is a cell background, whose
        // edges are not necessarily rules
        for (double[] r : rects) {
            double w = r[2] - r[0];
            double h = r[3] - r[1];
            if (h <= THIN && w > h) {
                add(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (w <= THIN && h > w) {
                add((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the path stays current until painted or ended
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images hold no rules; where they stand is kept (a table may be published as a picture)
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) { // the unit square an image is drawn in
            Point2D.Float p = m.transformPoint(corner & 1, corner >> 1);
            double tx = textX(p.x, p.y);
            double ty = textY(p.x, p.y);
            x0 = Math.min(x0, tx);
            x1 = Math.max(x1, tx);
            y0 = Math.min(y0, ty);
            y1 = Math.max(y1, ty);
        }
        if (room()) {
            images.add(new double[] {x0, y0, x1, y1});
        }
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings hold no rules
    }

    private void reset() {
        pending.clear();
        rects.clear();
        current = null;
        start = null;
    }

    private void add(double x1, double y1, double x2, double y2) {
        double tx1 = textX(x1, y1);
        double tx2 = textX(x2, y2);
        double ty1 = textY(x1, y1);
        double ty2 = textY(x2, y2);
        if (Math.abs(ty1 - ty2) < 1 && Math.abs(tx2 - tx1) >= MIN_LENGTH) {
            horizontal.add(new Seg((ty1 + ty2) / 2, Math.min(tx1, tx2), Math.max(tx1, tx2)));
        } else if (Math.abs(tx1 - tx2) < 1 && Math.abs(ty2 - ty1) >= MIN_LENGTH) {
            vertical.add(new Seg((tx1 + tx2) / 2, Math.min(ty1, ty2), Math.max(ty1, ty2)));
        }
    }

    /** The text x of the page point (x, y): as {@code TextPosition.getXDirAdj} for text in {@link #direction}. */
    private double textX(double x, double y) {
        double cx = x - crop.getLowerLeftX();
        double cy = y - crop.getLowerLeftY();
        return switch (direction) {
            case 90 -> cy;
            case 180 -> crop.getWidth() - cx;
            case 270 -> crop.getHeight() - cy;
            default -> cx;
        };
    }

    /** The text y (down from the top) of the page point (x, y): as {@code TextPosition.getYDirAdj}. */
    private double textY(double x, double y) {
        double cx = x - crop.getLowerLeftX();
        double cy = y - crop.getLowerLeftY();
        return switch (direction) {
            case 90 -> cx;
            case 180 -> cy;
            case 270 -> crop.getWidth() - cx;
            default -> crop.getHeight() - cy;
        };
    }
}
