;; proxy_on_grpc_create_initial_metadata lets the guest fill in the
;; initial metadata of each new call and stream.  The first on_configure
;; (empty configuration) starts a unary call, the second (configuration
;; "stream") opens a stream; each time the hook runs with 0 entries, and
;; the guest adds "x-request-id: abc-123" to map grpc_create_initial_metadata
;; (4) and reads it back.  The grpc call is the last host call of
;; on_configure, so the order of calls is the same whether a host runs the
;; hook inline or right after on_configure.  The hook traps if it names
;; another context or a non-zero count.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add_header (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get_header (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  (data (i32.const 80) "x-request-id")
  (data (i32.const 96) "abc-123")
  ;; out slots: 256 token, 260 value pointer, 264 value length
  (global $root (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 1024))
  (func (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "proxy_on_create") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param $root i32) (param $len i32)
      (result i32)
    (if (i32.eqz (local.get $len))
      (then
        (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32)
                               (i32.const 8) (i32.const 48) (i32.const 3)
                               (i32.const 64) (i32.const 4) (i32.const 1000)
                               (i32.const 256))))
      (else
        (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32)
                                 (i32.const 8) (i32.const 48) (i32.const 3)
                                 (i32.const 256)))))
    (i32.const 1))
  (func (export "proxy_on_grpc_create_initial_metadata")
      (param $ctx i32) (param $token i32) (param $count i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (if (local.get $count) (then unreachable))
    (drop (call $add_header (i32.const 4) (i32.const 80) (i32.const 12)
                            (i32.const 96) (i32.const 7)))
    (drop (call $get_header (i32.const 4) (i32.const 80) (i32.const 12)
                            (i32.const 260) (i32.const 264)))))
