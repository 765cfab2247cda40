# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the layers honest: app -> ui -> core, core without GUI code, storage only in core.
# Run by ctest as `cmake -DSOURCE_DIR=... -P architecture.cmake`; fails naming file and line.
set(violations "")

function(check_layer dir pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "${pattern}")
        foreach(line IN LISTS lines)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
            string(STRIP "${line}" line)
            list(APPEND violations "${rel}: ${line}  (${why})")
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

check_layer(core "#include *[<\"](Qt(Widgets|Gui|Charts|PrintSupport|Svg)|QWidget|QApplication|QGuiApplication|QPainter|QPixmap|QImage|QColor|QFont|QChart|QPdfWriter)"
            "core links Qt Core and Sql only")
check_layer(core "#include *\"(ui|app)/" "core must not depend on ui or app")
check_layer(ui "#include *\"app/" "ui must not depend on app")
check_layer(ui "QSql(Query|Database|Record|Error)" "SQL belongs to core/storage")
check_layer(app "QSql(Query|Database|Record|Error)" "SQL belongs to core/storage")

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violations:\n  ${text}")
endif()
message(STATUS "architecture: app -> ui -> core holds")
