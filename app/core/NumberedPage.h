#pragma once

#include <QList>
#include <QtGlobal>

namespace dm {

// One page of a vendor listing paged by page number (unit/getAccountList). Unlike a keyset Page, rows added or
// removed while paging shift later pages: use it for display, not for sync.
template <typename T>
struct NumberedPage
{
    QList<T> items;
    qint64 total = 0; // rows over all pages
    int pageNum = 1;  // 1-based
    int pageSize = 0;
};

} // namespace dm
