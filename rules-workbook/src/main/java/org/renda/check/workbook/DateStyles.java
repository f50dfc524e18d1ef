package org.renda.check.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook are date formats, read from {@code styles.xml} by SAX (only the
 * number formats and the cell formats' {@code numFmtId}: no full style model, which costs seconds to
 * load cold).
 */
final class DateStyles {

    private final List<Boolean> dateByStyle = new ArrayList<>();

    static DateStyles read(InputStream styles) throws Exception {
        DateStyles d = new DateStyles();
        if (styles == null) {
            return d;
        }
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                switch (localName) {
                    case "numFmt" -> {
                        String id = a.getValue("numFmtId");
                        if (id != null) {
                            formats.put(Integer.parseInt(id), a.getValue("formatCode"));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = a.getValue("numFmtId");
                            xfs.add(id == null ? 0 : Integer.parseInt(id));
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (localName.equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        });
        xml.parse(new InputSource(styles));
        for (int id : xfs) {
            String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            d.dateByStyle.add(code != null && DateUtil.isADateFormat(id, code));
        }
        return d;
    }

    boolean isDate(int style) {
        return style >= 0 && style < dateByStyle.size() && dateByStyle.get(style);
    }
}
