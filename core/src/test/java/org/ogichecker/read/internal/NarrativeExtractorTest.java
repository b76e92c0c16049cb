package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Figure;
import org.ogichecker.model.FigureGroup;
import org.ogichecker.model.Section;
import org.ogichecker.model.Statement;
import org.ogichecker.model.StatementKind;
import org.ogichecker.read.internal.NarrativeExtractor.Narrative;

class NarrativeExtractorTest {

    private static Narrative read(String... lines) {
        return read(List.of(), lines);
    }

    private static Narrative read(List<Section> sections, String... lines) {
        List<TextLine> raw = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            raw.add(TextLine.of(new RawLine(i + 1, lines[i], null)));
        }
        return NarrativeExtractor.extract(raw, sections);
    }

    private static List<Statement> claims(StatementKind kind, Narrative n) {
        return n.statements().stream().filter(s -> s.kind() == kind).toList();
    }

    private static List<Statement> claims(StatementKind kind, String... lines) {
        return claims(kind, read(lines));
    }

    private static List<BigDecimal> values(StatementKind kind, String... lines) {
        return claims(kind, lines).stream().map(Statement::value).toList();
    }

    private static List<BigDecimal> values(List<Figure> figures) {
        return figures.stream().map(Figure::value).toList();
    }

    private static List<BigDecimal> nums(int... vs) {
        List<BigDecimal> out = new ArrayList<>();
        for (int v : vs) {
            out.add(BigDecimal.valueOf(v));
        }
        return out;
    }

    private static BigDecimal sum(FigureGroup g) {
        return g.parts().stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The seed's paragraph lines, as the text reader delivers them (tab-separated lines are table rows). */
    private static Narrative seed(String name) throws IOException {
        String text = Files.readString(Path.of("../examples/samples/" + name));
        List<TextLine> paragraphs = ReportParser.textLines(text).stream().filter(l -> !l.isRow()).map(TextLine::of)
                .toList();
        return NarrativeExtractor.extract(paragraphs, List.of());
    }

    private static Section section(int index, int level, String heading, int line, int endLine, int parent) {
        return new Section(index, level, String.valueOf(index + 1), index + 1, heading, "", line, endLine, parent);
    }

    @Nested
    class Figures {

        @Test
        void aNumberWithAMeasureWordIsAFigureWithTheClauseAroundIt() {
            List<Figure> f = read("2018年，收到依申请公开政府信息申请信息1条已按时办结，无复议。").figures();

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.value()).isEqualByComparingTo("1");
                assertThat(x.unit()).isEqualTo("条");
                assertThat(x.before()).isEqualTo("收到依申请公开政府信息申请信息");
                assertThat(x.after()).isEqualTo("已按时办结");
                assertThat(x.line()).isEqualTo(1);
                assertThat(x.section()).isEqualTo(-1);
            });
        }

        @Test
        void yearsDatesDocumentNumbersPercentagesPhonesPostcodesUrlsAndArticleNumbersAreNotFigures() {
            Narrative n = read("统计期限自2018年1月1日至2018 年 12 月 31 日，依据（灵政办发〔2018〕90 号）和国务院令第492号第20条，"
                    + "办复率100%，电话：0951—5035245，0776-2824218，3379870，邮编：533000，"
                    + "网址http://www.jining.gov.cn/12条，邮箱jqkjj@163.com，于2019年1月15日发布。");

            assertThat(n.figures()).isEmpty();
        }

        @Test
        void approximateNumbersAreNotFigures() {
            Narrative n = read("公开政府信息7700余条，直接宣传报道150多篇，培训约50人，举办近30场，发布100条以上，超过20项。");

            assertThat(n.figures()).isEmpty();
        }

        @Test
        void fullWidthDigitsAndTraditionalCharactersAreNormalised() {
            List<Figure> f = read("受理政府信息公開申請１７件。").figures();

            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.value()).isEqualByComparingTo("17");
                assertThat(x.before()).isEqualTo("受理政府信息公开申请");
            });
        }

        @Test
        void theLongestMeasureWordIsTheUnitAndThousandsAndDecimalsAreRead() {
            List<Figure> f = read("接受培训人员15人次，专项经费3.5万元，收取信息处理费1,234元，播放240小时。").figures();

            assertThat(f).extracting(Figure::unit).containsExactly("人次", "万元", "元", "小时");
            assertThat(values(f)).containsExactly(new BigDecimal("15"), new BigDecimal("3.5"), new BigDecimal("1234"),
                    new BigDecimal("240"));
        }

        @Test
        void aMeasureWordThatStartsAnotherWordIsNotAUnit() {
            assertThat(read("审核5项目，涉及3部门，共2期间。").figures()).isEmpty();
        }

        @Test
        void aNumberedSubheadingIsNotAFigure() {
            assertThat(read("1.发挥门户网站作用。2、加强培训。").figures()).isEmpty();
        }

        @Test
        void aFigureIsInTheInnermostSectionThatHoldsItsLine() {
            List<Section> sections = List.of(
                    section(0, 1, "总体情况", 2, 5, -1),
                    section(1, 2, "主动公开", 3, 4, 0));
            Narrative n = read(sections, "前言发布2条。", "一、总体情况", "(一)主动公开", "发布信息3条。", "收到申请5件。");

            assertThat(n.figures()).extracting(Figure::section).containsExactly(-1, 1, 0);
            assertThat(n.figures()).extracting(Figure::line).containsExactly(1, 4, 5);
        }
    }

    @Nested
    class Lines {

        @Test
        void aSentenceWrappedOverTwoLinesIsReadAsOneAndKeepsTheLineOfTheNumber() {
            List<Statement> s = claims(StatementKind.APPLICATIONS_RECEIVED, "2024年，共受理政府信息公开申请", "17 件，均按时答复。");

            assertThat(s).singleElement().satisfies(x -> {
                assertThat(x.value()).isEqualByComparingTo("17");
                assertThat(x.line()).isEqualTo(2);
            });
        }

        @Test
        void aLineThatEndsASentenceIsNotJoinedToTheNext() {
            assertThat(claims(StatementKind.APPLICATIONS_RECEIVED, "共受理政府信息公开申请。", "17件")).isEmpty();
        }

        @Test
        void aHeadingIsNotJoinedToTheTextUnderIt() {
            List<Section> sections = List.of(section(0, 1, "依申请公开情况", 1, 2, -1));
            List<Statement> s = claims(StatementKind.NO_APPLICATIONS,
                    read(sections, "三、依申请公开情况", "本年度未收到政府信息公开申请。"));

            assertThat(s).singleElement().satisfies(x -> {
                assertThat(x.evidence()).isEqualTo("本年度未收到政府信息公开申请");
                assertThat(x.section()).isZero();
                assertThat(x.line()).isEqualTo(2);
            });
        }

        @Test
        void twoNumbersOnAdjacentLinesAreNotGluedTogether() {
            assertThat(values(read("共受理申请2018", "12件。").figures())).containsExactly(new BigDecimal("12"));
        }
    }

    @Nested
    class Groups {

        @Test
        void aTraditionalListAfterAColonAddsUpToItsTotal() {
            List<FigureGroup> g = read("我局按照規定的主動公開信息範圍,按要求發布或更新信息,累計主動公開信息561條,其中:規範性檔案7條、其它檔案3條、"
                    + "政策解讀1條、規劃計畫2條、政務信息420條、公告公示121條、統計數據1條、人事信息2條、部門預決算4條。").groups();

            assertThat(g).singleElement().satisfies(x -> {
                assertThat(x.total().value()).isEqualByComparingTo("561");
                assertThat(values(x.parts())).containsExactly(
                        new BigDecimal(7), new BigDecimal(3), new BigDecimal(1), new BigDecimal(2), new BigDecimal(420),
                        new BigDecimal(121), new BigDecimal(1), new BigDecimal(2), new BigDecimal(4));
                assertThat(sum(x)).isEqualByComparingTo("561");
                assertThat(x.evidence()).startsWith("累计主动公开信息561条,其中:规范性档案7条").endsWith("部门预决算4条");
                assertThat(x.line()).isEqualTo(1);
            });
        }

        @Test
        void theListMayStartAfterAFullStop() {
            List<FigureGroup> g = read("2018年度，通过市政府、市科技局网站，《济宁科技》简报共主动公开政府信息755条。"
                    + "其中政策宣讲218条，政务公开138条，工作动态175条，其他信息224条。").groups();

            assertThat(g).singleElement().satisfies(x -> {
                assertThat(x.total().value()).isEqualByComparingTo("755");
                assertThat(values(x.parts())).isEqualTo(nums(218, 138, 175, 224));
            });
        }

        @Test
        void itemsCountedInTiaoAndJianAreTheSameKindOfCount() {
            List<FigureGroup> g = read("在金凤区政府门户网站“金凤区科学技术局”栏目公开政府信息 13 条，其中部门文件 4 件，政策解读 5 件，"
                    + "重点工作 2 件，财政资金 2 件。").groups();

            assertThat(g).singleElement().satisfies(x -> {
                assertThat(x.total().unit()).isEqualTo("条");
                assertThat(values(x.parts())).isEqualTo(nums(4, 5, 2, 2));
            });
        }

        @Test
        void aListThatDoesNotAddUpIsStillAGroupForTheRuleToFlag() {
            List<FigureGroup> g = read("　　2018年百色市科学技术和知识产权局网站主动公开各类政府信息92条，其中概况类信息5条、人事类信息17条、"
                    + "政策法规类信息  26条、工作动态类信息321条、决策类信息18条、审批服务类信息28条，财政类信息5条，其他类信息71条；"
                    + "收到公众互动有效信息1条，都及时答复和解决。").groups();

            assertThat(g).singleElement().satisfies(x -> {
                assertThat(x.total().value()).isEqualByComparingTo("92");
                assertThat(x.parts()).hasSize(8);
                assertThat(sum(x)).isEqualByComparingTo("491");
            });
        }

        @Test
        void aDistributivePartMakesItNoGroup() {
            assertThat(read("科知局从事政府信息公开工作的人员为8人，其中局办公室2人，各科室各1人，专职1人，兼职1人。").groups()).isEmpty();
            assertThat(read("共举办培训12期，其中每季度3期，专题培训0期。").groups()).isEmpty();
        }

        @Test
        void aSecondBreakdownOfTheSameTotalMakesItNoGroup() {
            assertThat(read("工作人员8人，其中男5人，女3人，专职6人，兼职2人。").groups()).isEmpty();
        }

        @Test
        void aSinglePartIsASubsetNotABreakdown() {
            assertThat(read("主动公开政府信息100条，其中规范性文件5条。").groups()).isEmpty();
        }

        @Test
        void partsBelowTheTotalAreAGroupOnlyWhenOneOfThemIsTheRemainder() {
            assertThat(read("公开信息100条，其中政策解读10条、工作动态20条。").groups()).isEmpty();
            assertThat(read("公开信息100条，其中政策解读10条、工作动态20条、其他信息60条。").groups()).singleElement()
                    .satisfies(x -> assertThat(sum(x)).isEqualByComparingTo("90"));
        }

        @Test
        void partsThatAreNotASimpleListMakeItNoGroup() {
            assertThat(read("公开信息100条，其中政策解读10条，主要涉及科技政策，工作动态20条，其他信息70条。").groups()).isEmpty();
            assertThat(read("公开信息100条，其中政策解读、工作动态30条，其他信息70条。").groups()).isEmpty();
            assertThat(read("公开信息100条，其中30条为政策解读，其他信息70条。").groups()).isEmpty();
        }

        @Test
        void aNestedBreakdownMakesNoGroup() {
            assertThat(read("共公开信息100条，其中政策文件60条，其中规范性文件30条，工作动态40条。").groups()).isEmpty();
        }

        @Test
        void aFigureOfAnotherKindEndsTheList() {
            List<FigureGroup> g = read("今年市科技局共承办提案19件，其中主办8件，协办11件，涉及5个部门。").groups();

            assertThat(g).singleElement().satisfies(x -> assertThat(values(x.parts())).isEqualTo(nums(8, 11)));
        }

        @Test
        void moneyInDifferentUnitsIsNotAddedUp() {
            assertThat(read("专项经费10万元，其中培训5万元，设备5000元。").groups()).isEmpty();
        }

        @Test
        void partsMayBeJoinedByHe() {
            List<FigureGroup> g = read("共收到申请5件，其中当面申请2件和网络申请3件。").groups();

            assertThat(g).singleElement().satisfies(x -> assertThat(values(x.parts())).isEqualTo(nums(2, 3)));
        }

        @Test
        void aTotalFarFromQiZhongIsNotItsTotal() {
            assertThat(read("发布信息321件。二是通过报刊电视、新闻网站等方式公开发布科技信息，其中网站发布68件、报刊发布10件。").groups())
                    .isEmpty();
        }
    }

    @Nested
    class Applications {

        @Test
        void receivedApplicationsAreReadWithTheirNumber() {
            assertThat(values(StatementKind.APPLICATIONS_RECEIVED, "2024年，共受理政府信息公开申请 17 件。")).isEqualTo(nums(17));
            assertThat(values(StatementKind.APPLICATIONS_RECEIVED, "2018年收到依申請公開政府信息申請信息1條已按時辦結。"))
                    .isEqualTo(nums(1));
            assertThat(values(StatementKind.APPLICATIONS_RECEIVED, "2018年科知局共收到公众申请依申请公开政府信息1次，并根据相关规定进行答复。"))
                    .isEqualTo(nums(1));
            assertThat(values(StatementKind.APPLICATIONS_RECEIVED, "本年度新收政府信息公开申请21件，上年结转2件。"))
                    .isEqualTo(nums(21));
            assertThat(values(StatementKind.APPLICATIONS_RECEIVED, "共收到5件政府信息公开申请。")).isEqualTo(nums(5));
        }

        @Test
        void aConsultationOrAnotherKindOfApplicationIsNotADisclosureApplication() {
            assertThat(claims(StatementKind.APPLICATIONS_RECEIVED, "2018年度，我局受理1条网络问政平台网友咨询。")).isEmpty();
            assertThat(claims(StatementKind.APPLICATIONS_RECEIVED, "全年受理行政许可申请300件。")).isEmpty();
            assertThat(claims(StatementKind.APPLICATIONS_RECEIVED, "收到行政复议申请2件。")).isEmpty();
        }

        @Test
        void aShareOrAChangeIsNotTheNumberReceived() {
            assertThat(values(StatementKind.APPLICATIONS_RECEIVED,
                    "收到政府信息公开申请10件，其中网上受理申请7件，较上年多收到申请3件。")).isEqualTo(nums(10));
        }

        @Test
        void answeredApplicationsAreReadWhenTheSentenceIsAboutApplications() {
            assertThat(values(StatementKind.APPLICATIONS_ANSWERED, "共收到政府信息公开申请21件，办结21件。")).isEqualTo(nums(21));
            assertThat(values(StatementKind.APPLICATIONS_ANSWERED, "答复政府信息公开申请17件。")).isEqualTo(nums(17));
            assertThat(values(StatementKind.APPLICATIONS_RECEIVED, "共收到政府信息公开申请21件，办结20件。")).isEqualTo(nums(21));
        }

        @Test
        void answeringSomethingElseOrASubCountIsNotApplicationsAnswered() {
            assertThat(claims(StatementKind.APPLICATIONS_ANSWERED, "办结人大代表建议10件。")).isEmpty();
            assertThat(claims(StatementKind.APPLICATIONS_ANSWERED, "收到政府信息公开申请17件，按时办结15件，延期办结2件。")).isEmpty();
        }

        @Test
        void noApplicationIsRecognisedInItsUsualWordings() {
            for (String s : List.of("2018 年，科技局未受理依申请公开事项。", "未受理 “市长公开热线”等咨询或信息公开类申请。",
                    "由于未发生针对本部门的有关政府信息公开申请，因此未发生针对我局的行政复议。",
                    "2020 年，金凤区科学技术局未接到任何形式的依申请公开信息的申请，未收到行政复议、行政诉讼等情况。",
                    "本年度未收到政府信息公开申请。")) {
                assertThat(claims(StatementKind.NO_APPLICATIONS, s)).as(s).hasSize(1);
            }
        }

        @Test
        void aNegationAboutSomethingElseIsNotNoApplication() {
            for (String s : List.of("未发生因政府信息公开申请引起的行政复议。", "2018年科知局没有因公众申请不予公开的政府信息。",
                    "未收到行政许可申请。", "尚未受理的政府信息公开申请2件。", "未收到申请人的投诉。")) {
                assertThat(claims(StatementKind.NO_APPLICATIONS, s)).as(s).isEmpty();
            }
        }
    }

    @Nested
    class ReviewsAndLawsuits {

        @Test
        void noReviewOrLawsuitIsRecognisedInItsUsualWordings() {
            for (String s : List.of("2020 年，未收到行政复议、行政诉讼等情况，依申请公开工作平稳。",
                    "2018年，科知局没有收到有关政府信息公开方面的复议、诉讼和申诉。",
                    "因此未发生针对我局的行政复议、行政诉讼案等政府信息公开申诉案件。",
                    "本年度未因政府信息公开工作被申请行政复议或提起行政诉讼。",
                    "因政府信息公开申请的行政复议和行政诉讼均为0件。")) {
                assertThat(claims(StatementKind.NO_REVIEW_OR_LITIGATION, s)).as(s).hasSize(1);
            }
        }

        @Test
        void onlyOneOfTheTwoOrOutcomesIsNotNoReviewOrLitigation() {
            assertThat(claims(StatementKind.NO_REVIEW_OR_LITIGATION, "本年度未发生政府信息公开行政复议。")).isEmpty();
            assertThat(claims(StatementKind.NO_REVIEW_OR_LITIGATION, "政府信息公开方面没有被纠错的行政复议和行政诉讼案件。")).isEmpty();
        }

        @Test
        void outsideTheReviewSectionTheSentenceMustBeAboutDisclosure() {
            String s = "本局未收到行政复议、行政诉讼。";
            assertThat(claims(StatementKind.NO_REVIEW_OR_LITIGATION, s)).isEmpty();

            List<Section> sections = List.of(section(0, 1, "因政府信息公开申请行政复议、提起行政诉讼的情况", 1, 2, -1));
            assertThat(claims(StatementKind.NO_REVIEW_OR_LITIGATION, read(sections, "五、因政府信息公开申请行政复议、提起行政诉讼的情况", s)))
                    .singleElement().satisfies(x -> assertThat(x.section()).isZero());
        }

        @Test
        void reviewAndLawsuitCountsAreReadSeparately() {
            Narrative n = read("因政府信息公开申请行政复议2件，提起行政诉讼1件。");

            assertThat(claims(StatementKind.REVIEW_CASES, n)).extracting(Statement::value).isEqualTo(nums(2));
            assertThat(claims(StatementKind.LITIGATION_CASES, n)).extracting(Statement::value).isEqualTo(nums(1));
        }

        @Test
        void outcomesJointCountsAndOtherMattersAreNotCaseCounts() {
            for (String s : List.of("政府信息公开行政复议结果维持1件。", "政府信息公开行政复议和行政诉讼各0件。",
                    "本局作为被申请人的行政复议案件5件。")) {
                Narrative n = read(s);
                assertThat(claims(StatementKind.REVIEW_CASES, n)).as(s).isEmpty();
                assertThat(claims(StatementKind.LITIGATION_CASES, n)).as(s).isEmpty();
            }
        }
    }

    @Nested
    class Fees {

        @Test
        void aCollectedFeeIsReadWithItsAmount() {
            assertThat(values(StatementKind.FEE_COLLECTED, "2024年，收取信息处理费 3940 元。")).isEqualTo(nums(3940));
            assertThat(values(StatementKind.FEE_COLLECTED, "实际收取信息处理费共计400元。")).isEqualTo(nums(400));
            assertThat(values(StatementKind.FEE_COLLECTED, "本年度收取信息处理费0元。")).isEqualTo(nums(0));
            assertThat(values(StatementKind.FEE_COLLECTED, "共收取3940元信息处理费。")).isEqualTo(nums(3940));
            assertThat(claims(StatementKind.FEE_COLLECTED, "收取信息处理费2万元。")).singleElement()
                    .satisfies(x -> assertThat(x.unit()).isEqualTo("万元"));
        }

        @Test
        void aWaivedFeeAStandardOrOtherMoneyIsNotAFeeCollected() {
            for (String s : List.of("减免信息处理费200元。", "收费标准为每页0.5元。", "政府信息公开专项经费2万元。")) {
                assertThat(claims(StatementKind.FEE_COLLECTED, s)).as(s).isEmpty();
            }
        }

        @Test
        void noFeeIsRecognisedInItsUsualWordings() {
            for (String s : List.of("本年度未收取信息处理费。", "2018年度，我局未收取与政府信息公开相关的任何费用。",
                    "对依申请公开的政府信息，科知局目前不收取任何费用。", "未收取任何费用。")) {
                assertThat(claims(StatementKind.NO_FEE_COLLECTED, s)).as(s).hasSize(1);
            }
        }

        @Test
        void aFeeCollectedOrAFreeServiceIsNotNoFee() {
            for (String s : List.of("收取信息处理费3940元。", "市科技局无偿为申请者提供依申请公开的政府信息。", "不得收取信息处理费以外的费用。",
                    "除信息处理费外不收取其他费用。")) {
                assertThat(claims(StatementKind.NO_FEE_COLLECTED, s)).as(s).isEmpty();
            }
        }
    }

    @Nested
    class ItemsPublished {

        @Test
        void theTotalPublishedProactivelyIsRead() {
            assertThat(values(StatementKind.ITEMS_PUBLISHED, "2018年度，通过市政府、市科技局网站，《济宁科技》简报共主动公开政府信息755条。"))
                    .isEqualTo(nums(755));
            assertThat(values(StatementKind.ITEMS_PUBLISHED, "按要求发布或更新信息,累計主動公開信息561條,其中:規範性檔案7條。"))
                    .isEqualTo(nums(561));
            assertThat(values(StatementKind.ITEMS_PUBLISHED, "2018年百色市科学技术和知识产权局网站主动公开各类政府信息92条。"))
                    .isEqualTo(nums(92));
            assertThat(values(StatementKind.ITEMS_PUBLISHED, "全年主动公开1234条政府信息。")).isEqualTo(nums(1234));
        }

        @Test
        void aCategoryAnApproximationOrAChannelIsNotTheTotalPublished() {
            for (String s : List.of("主动公开规范性文件5件。", "公开信息100条，其中主动公开政府信息5条。",
                    "通过实验区政府门户网站累计主动公开政府信息7700余条。", "通过政府网站主动公开政府信息54条。",
                    "主动公开政府信息较上年增加20条。")) {
                assertThat(claims(StatementKind.ITEMS_PUBLISHED, s)).as(s).isEmpty();
            }
        }

        @Test
        void itemsOnTheGovernmentWebsiteAreReadOnlyWhenItIsNamedAsTheChannel() {
            assertThat(values(StatementKind.ITEMS_WEBSITE, "主动在灵武市政府网政务公开专栏更新信息 54 条，主要涉及机构职能。"))
                    .isEqualTo(nums(54));
            assertThat(values(StatementKind.ITEMS_WEBSITE, "在金凤区政府门户网站“金凤区科学技术局”栏目公开政府信息 13 条。"))
                    .isEqualTo(nums(13));
            assertThat(values(StatementKind.ITEMS_WEBSITE, "通过政府网站主动公开政府信息54条。")).isEqualTo(nums(54));
        }

        @Test
        void anotherColumnSeveralChannelsOrAnotherKindOfContentIsNotTheWebsiteCount() {
            for (String s : List.of("魅力灵武专栏公开部门动态信息 42 条。", "在政府网站、政务微博等平台发布信息100条。",
                    "在政府网站发布政策解读5篇。", "其中美丽金凤宣传工作信息库网站发布科技信息68件。")) {
                assertThat(claims(StatementKind.ITEMS_WEBSITE, s)).as(s).isEmpty();
            }
        }

        @Test
        void itemsPushedOnWeiboAreRead() {
            assertThat(values(StatementKind.ITEMS_WEIBO, "2018 年政务微博推送信息 132 条，主要涉及防震减灾。")).isEqualTo(nums(132));
            assertThat(values(StatementKind.ITEMS_WEIBO, "2020年科学技术局通过政务微博“金凤科技”发布信息321件。")).isEqualTo(nums(321));
            assertThat(claims(StatementKind.ITEMS_WEIBO, "通过政务微博微信发布信息100条。")).isEmpty();
        }

        @Test
        void itemsPushedOnWechatAreReadOnlyWhenWechatIsNamed() {
            assertThat(values(StatementKind.ITEMS_WECHAT, "通过“济宁科技”微信公众号发布信息163条。")).isEqualTo(nums(163));
            assertThat(claims(StatementKind.ITEMS_WECHAT, "通过“平潭发布”公众号发布信息672条。")).isEmpty();
        }

        @Test
        void itemsInTheGazetteAreRead() {
            assertThat(values(StatementKind.ITEMS_GAZETTE, "在政府公报刊登文件12件。")).isEqualTo(nums(12));
            assertThat(claims(StatementKind.ITEMS_GAZETTE, "通过政府公报和政府网站发布信息20条。")).isEmpty();
        }
    }

    @Nested
    class Tables {

        @Test
        void anAnnouncedTableIsRecognised() {
            for (String s : List.of("本年度報告由概述,主動公開政府信息的情況,其他需要報告的事項、附表共八部分組成。",
                    "附件：2018年政府信息公开情况统计表", "具体数据详见附表。", "政府信息公开情况统计表附后。")) {
                assertThat(claims(StatementKind.TABLE_ANNOUNCED, s)).as(s).hasSize(1);
            }
        }

        @Test
        void anAttachmentThatIsNotATableOrNoTableIsNotAnAnnouncement() {
            for (String s : List.of("本报告无附表。", "附件材料已报送市政务公开办。")) {
                assertThat(claims(StatementKind.TABLE_ANNOUNCED, s)).as(s).isEmpty();
            }
        }
    }

    @Nested
    class Seeds {

        @Test
        void seed000StatesTheWebsiteAndWeiboCountsAndNoApplication() throws IOException {
            Narrative n = seed("000_734aa9b994c11ae9.txt");

            assertThat(claims(StatementKind.ITEMS_WEBSITE, n)).extracting(Statement::value).isEqualTo(nums(54));
            assertThat(claims(StatementKind.ITEMS_WEIBO, n)).extracting(Statement::value).isEqualTo(nums(132));
            assertThat(claims(StatementKind.NO_APPLICATIONS, n)).hasSize(1);
            assertThat(n.groups()).isEmpty();
            assertThat(n.statements()).noneMatch(s -> s.value() != null && s.value().intValue() == 42);
            assertThat(n.figures()).noneMatch(f -> f.value().intValue() == 2018 || f.value().intValue() == 90);
        }

        @Test
        void seed001HasAGroupThatHoldsAndAnnouncesATable() throws IOException {
            Narrative n = seed("001_c5511601f1a9faaf.txt");

            assertThat(n.groups()).singleElement().satisfies(g -> {
                assertThat(g.total().value()).isEqualByComparingTo("561");
                assertThat(sum(g)).isEqualByComparingTo("561");
            });
            assertThat(claims(StatementKind.TABLE_ANNOUNCED, n)).singleElement()
                    .satisfies(s -> assertThat(s.line()).isEqualTo(3));
            assertThat(claims(StatementKind.ITEMS_PUBLISHED, n)).extracting(Statement::value).isEqualTo(nums(561));
            assertThat(claims(StatementKind.APPLICATIONS_RECEIVED, n)).extracting(Statement::value).isEqualTo(nums(1));
            assertThat(claims(StatementKind.NO_FEE_COLLECTED, n)).isEmpty();
        }

        @Test
        void seed002SaysNoApplicationNoReviewAndNoFee() throws IOException {
            Narrative n = seed("002_e0580ee3f0323bb9.txt");

            assertThat(n.groups()).extracting(g -> g.total().value()).isEqualTo(nums(755, 19));
            assertThat(n.groups()).allSatisfy(g -> assertThat(sum(g)).isEqualByComparingTo(g.total().value()));
            assertThat(claims(StatementKind.ITEMS_PUBLISHED, n)).extracting(Statement::value).isEqualTo(nums(755));
            assertThat(claims(StatementKind.NO_APPLICATIONS, n)).extracting(Statement::line).containsExactly(20, 24);
            assertThat(claims(StatementKind.NO_REVIEW_OR_LITIGATION, n)).hasSize(1);
            assertThat(claims(StatementKind.NO_FEE_COLLECTED, n)).hasSize(1);
            assertThat(claims(StatementKind.APPLICATIONS_RECEIVED, n)).isEmpty();
        }

        @Test
        void seed003HasAGroupThatHoldsAndTheChannelCounts() throws IOException {
            Narrative n = seed("003_787e7c90b6bc98b9.txt");

            assertThat(n.groups()).singleElement().satisfies(g -> {
                assertThat(g.total().value()).isEqualByComparingTo("13");
                assertThat(sum(g)).isEqualByComparingTo("13");
            });
            assertThat(claims(StatementKind.ITEMS_WEBSITE, n)).extracting(Statement::value).isEqualTo(nums(13));
            assertThat(claims(StatementKind.ITEMS_WEIBO, n)).extracting(Statement::value).isEqualTo(nums(321));
            assertThat(claims(StatementKind.NO_APPLICATIONS, n)).hasSize(1);
            assertThat(claims(StatementKind.NO_REVIEW_OR_LITIGATION, n)).hasSize(1);
            assertThat(n.figures()).noneMatch(f -> f.value().intValue() == 750001 || f.value().intValue() == 721);
        }

        @Test
        void seed004HasAGroupThatDoesNotAddUpAndNoStaffGroup() throws IOException {
            Narrative n = seed("004_d8150b4a48efdf7e.txt");

            assertThat(n.groups()).singleElement().satisfies(g -> {
                assertThat(g.total().value()).isEqualByComparingTo("92");
                assertThat(sum(g)).isEqualByComparingTo("491");
            });
            assertThat(claims(StatementKind.APPLICATIONS_RECEIVED, n)).singleElement().satisfies(s -> {
                assertThat(s.value()).isEqualByComparingTo("1");
                assertThat(s.unit()).isEqualTo("次");
            });
            assertThat(claims(StatementKind.NO_FEE_COLLECTED, n)).hasSize(1);
            assertThat(claims(StatementKind.NO_REVIEW_OR_LITIGATION, n)).hasSize(1);
            assertThat(claims(StatementKind.ITEMS_PUBLISHED, n)).extracting(Statement::value).isEqualTo(nums(92));
        }
    }

    @Nested
    class LongLines {

        private static final int LENGTH = 200_000;

        private static String repeat(String unit) {
            return unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH);
        }

        @Test
        void aLongLineOfNearMissesIsReadInLinearTime() {
            Narrative n = read(repeat("未收到政府信息公开复议"), repeat("1条其中"), repeat("9"), repeat("收取费用主动公开政府网站附件"),
                    repeat("无复议"), repeat("未有申请人"), repeat("附件统计"));

            assertThat(n.statements()).isEmpty();
            assertThat(n.groups()).isEmpty();
            assertThat(n.figures()).hasSize(LENGTH / 4);
        }

        @Test
        void aLongListAfterQiZhongIsOneGroup() {
            String list = "、类信息1条".repeat(LENGTH / 6);
            Narrative n = read("公开信息" + (LENGTH / 6) + "条，其中其他信息1条" + list.substring(0, list.length() - 6) + "。");

            assertThat(n.groups()).singleElement().satisfies(g -> assertThat(sum(g)).isEqualByComparingTo(g.total().value()));
        }
    }
}
