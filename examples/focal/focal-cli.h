/* focal-cli.h: shared by the parts of the focal command
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <focal/focal.h>

G_BEGIN_DECLS

/* The dataset the commands read without --file: the one compiled into
 * libfocal. */
#define FOCAL_CLI_DEFAULT_DATASET FOCAL_DATASET_CANADA_MEXICO_2004

typedef struct
{
  char          *file;      /* --file, or NULL for the embedded dataset */
  gboolean       json;      /* --json */
  FocalDocument *document;
  FocalGraph    *graph;     /* borrowed from document */
} FocalCli;

typedef int (*FocalCliCommandFunc) (FocalCli  *cli,
                                    int        argc,
                                    char     **argv);

/* Loading and printing helpers (focal-cli.c). */
gboolean    focal_cli_load            (FocalCli      *cli,
                                       GError       **error);
int         focal_cli_fail            (const char    *command,
                                       const GError  *error);
int         focal_cli_usage_error     (GOptionContext *context,
                                       const char    *message);
gboolean    focal_cli_parse           (FocalCli      *cli,
                                       GOptionContext *context,
                                       GOptionEntry  *entries,
                                       int           *argc,
                                       char        ***argv,
                                       GError       **error);
void        focal_cli_print_json      (JsonBuilder   *builder);
const char *focal_cli_nick            (GType          enum_type,
                                       int            value);
gboolean    focal_cli_parse_nick      (GType          enum_type,
                                       const char    *nick,
                                       int           *value,
                                       GError       **error);
const char *focal_cli_label           (FocalEntity   *entity);
char       *focal_cli_date_text       (FocalDate     *date);
char       *focal_cli_count_text      (FocalCount    *count);
void        focal_cli_add_count_json  (JsonBuilder   *builder,
                                       FocalCount    *count);

/* Commands. */
int focal_cli_summary    (FocalCli *cli, int argc, char **argv);
int focal_cli_show       (FocalCli *cli, int argc, char **argv);
int focal_cli_neighbors  (FocalCli *cli, int argc, char **argv);
int focal_cli_path       (FocalCli *cli, int argc, char **argv);
int focal_cli_encounters (FocalCli *cli, int argc, char **argv);
int focal_cli_positions  (FocalCli *cli, int argc, char **argv);
int focal_cli_validate   (FocalCli *cli, int argc, char **argv);
int focal_cli_export     (FocalCli *cli, int argc, char **argv);
int focal_cli_report     (FocalCli *cli, int argc, char **argv);

G_END_DECLS
