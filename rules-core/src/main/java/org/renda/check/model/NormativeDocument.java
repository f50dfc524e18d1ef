package org.renda.check.model;

import java.time.LocalDate;

/** A normative document (规范性文件) issued by the township government or street office. */
public record NormativeDocument(int index, String id, String title, LocalDate issuedDate,
                                LocalDate filedWithPresidiumDate) {
    public String path() {
        return "/normativeDocuments/" + index;
    }
}
