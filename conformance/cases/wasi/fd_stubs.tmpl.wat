;; The descriptor and scheduling calls filters import: fd_fdstat_get of
;; stdout and stderr (each 24-byte fdstat logged back), sched_yield,
;; poll_oneoff (nevents preset to 9), fd_close, fd_seek, fd_prestat_get and
;; fd_prestat_dir_name with valid arguments.
(module
  (import "wasi_snapshot_preview1" "fd_fdstat_get"
    (func $fdstat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sched_yield" (func $yield (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_close" (func $close (param i32) (result i32)))
  (import "wasi_unstable" "fd_seek"
    (func $seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_get"
    (func $prestat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name"
    (func $dirname (param i32 i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (memory.fill (i32.const 512) (i32.const 0x55) (i32.const 48))
    (drop (call $fdstat (i32.const 1) (i32.const 512)))
    (drop (call $log (i32.const 2) (i32.const 512) (i32.const 24)))
    (memory.fill (i32.const 512) (i32.const 0x55) (i32.const 48))
    (drop (call $fdstat (i32.const 2) (i32.const 512)))
    (drop (call $log (i32.const 2) (i32.const 512) (i32.const 24)))
    (drop (call $yield))
    (i32.store (i32.const 700) (i32.const 9))
    (drop (call $poll (i32.const 800) (i32.const 900) (i32.const 1) (i32.const 700)))
    (drop (call $close (i32.const 1)))
    (drop (call $close (i32.const 3)))
    (drop (call $seek (i32.const 1) (i64.const 0) (i32.const 0) (i32.const 720)))
    (drop (call $seek (i32.const 5) (i64.const -3) (i32.const 2) (i32.const 720)))
    (drop (call $prestat (i32.const 3) (i32.const 740)))
    (drop (call $dirname (i32.const 3) (i32.const 760) (i32.const 16)))
    (i32.const 1)))
